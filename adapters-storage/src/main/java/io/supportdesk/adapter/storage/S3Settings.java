package io.supportdesk.adapter.storage;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the S3 store is and how to reach it: a bucket, a region, and for stores other than AWS an endpoint and
 * path-style access. Credentials come from the given pair or, without one, from the SDK's usual chain (environment,
 * profile, instance role); none is ever written in configuration files.
 */
public record S3Settings(String bucket, String region, Optional<URI> endpoint, boolean pathStyle, String prefix,
                         Optional<String> accessKey, Optional<String> secretKey) {

    public S3Settings {
        Objects.requireNonNull(bucket, "bucket");
        if (bucket.isBlank()) {
            throw new IllegalArgumentException("ATTACHMENTS_S3_BUCKET is required when ATTACHMENTS_STORE=s3");
        }
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(prefix, "prefix");
    }

    private AwsCredentialsProvider credentials() {
        if (accessKey.isPresent() && secretKey.isPresent()) {
            return StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey.get(), secretKey.get()));
        }
        return DefaultCredentialsProvider.builder().build();
    }

    public S3Client client() {
        var builder = S3Client.builder().region(Region.of(region)).credentialsProvider(credentials())
                .httpClient(UrlConnectionHttpClient.create())
                // The SDK's default CRC trailers and chunked uploads are AWS extensions that MinIO, Ceph, Garage and
                // S3Proxy do not all speak; the key is the SHA-256 the upload was hashed to before it was sent.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(pathStyle)
                        .chunkedEncodingEnabled(false).build());
        endpoint.ifPresent(builder::endpointOverride);
        return builder.build();
    }

    public S3Presigner presigner() {
        var builder = S3Presigner.builder().region(Region.of(region)).credentialsProvider(credentials())
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(pathStyle).build());
        endpoint.ifPresent(builder::endpointOverride);
        return builder.build();
    }

    public S3BlobStore store() {
        return new S3BlobStore(client(), presigner(), bucket, prefix);
    }
}
