//! The SDK client the examples use with `--live`: whatever the standard AWS configuration points
//! at (`AWS_REGION`, credentials, `AWS_ENDPOINT_URL` for an emulator).

use aws_config::BehaviorVersion;
use aws_smithy_http_client::tls::{self, rustls_provider::CryptoMode};

/// The SDK client for the standard AWS configuration, or one sentence on what is missing.
pub(crate) async fn sdk_client() -> Result<aws_sdk_cognitoidentityprovider::Client, String> {
    // rustls with ring: the SDK's default HTTPS client needs cmake to build.
    let http = aws_smithy_http_client::Builder::new()
        .tls_provider(tls::Provider::Rustls(CryptoMode::Ring))
        .build_https();
    let config = aws_config::defaults(BehaviorVersion::latest())
        .http_client(http)
        .load()
        .await;
    if config.region().is_none() {
        return Err("no AWS region is configured: set AWS_REGION (or a profile's region)".into());
    }
    Ok(aws_sdk_cognitoidentityprovider::Client::new(&config))
}
