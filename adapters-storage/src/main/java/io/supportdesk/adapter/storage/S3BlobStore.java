package io.supportdesk.adapter.storage;

import io.supportdesk.application.attachment.ContentDisposition;
import io.supportdesk.application.attachment.port.out.BlobStore;
import io.supportdesk.domain.attachment.ContentHash;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectRequest;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Blobs as objects of one bucket in any S3-compatible store (AWS S3, MinIO, Ceph, Garage: endpoint override and
 * path-style access in {@link S3Settings}), keyed {@code <prefix><hash>}. A put is one {@code PutObject}, which S3
 * makes visible whole or not at all. Downloads may go straight to the store through presigned links.
 */
public final class S3BlobStore implements BlobStore {

    private final S3Client s3;
    private final S3Presigner presigner;
    private final String bucket;
    private final String prefix;

    public S3BlobStore(S3Client s3, S3Presigner presigner, String bucket, String prefix) {
        this.s3 = s3;
        this.presigner = presigner;
        this.bucket = bucket;
        this.prefix = prefix;
    }

    private String keyOf(ContentHash hash) {
        return prefix + hash.hex();
    }

    @Override
    public boolean put(ContentHash hash, Path file, long size) {
        if (exists(hash)) {
            return false;
        }
        s3.putObject(request -> request.bucket(bucket).key(keyOf(hash)).contentLength(size),
                RequestBody.fromFile(file));
        return true;
    }

    @Override
    public Optional<Blob> open(ContentHash hash, Optional<ByteRange> range) {
        GetObjectRequest.Builder request = GetObjectRequest.builder().bucket(bucket).key(keyOf(hash));
        range.ifPresent(r -> request.range("bytes=" + r.first() + "-" + r.last()));
        try {
            ResponseInputStream<GetObjectResponse> object = s3.getObject(request.build());
            GetObjectResponse response = object.response();
            long length = response.contentLength();
            long size = range.isPresent() ? totalSize(response, length) : length;
            return Optional.of(new Blob(object, length, size));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == 416) {
                // A range wholly past the end: nothing of it exists, as with a file read from beyond its end.
                long size = s3.headObject(HeadObjectRequest.builder().bucket(bucket).key(keyOf(hash)).build())
                        .contentLength();
                return Optional.of(new Blob(java.io.InputStream.nullInputStream(), 0, size));
            }
            throw e;
        }
    }

    /** "bytes 100-199/1000": the size after the slash. */
    private static long totalSize(GetObjectResponse response, long length) {
        String contentRange = response.contentRange();
        if (contentRange == null || contentRange.indexOf('/') < 0) {
            return length;
        }
        return Long.parseLong(contentRange.substring(contentRange.indexOf('/') + 1).strip());
    }

    @Override
    public boolean exists(ContentHash hash) {
        try {
            s3.headObject(HeadObjectRequest.builder().bucket(bucket).key(keyOf(hash)).build());
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public boolean delete(ContentHash hash) {
        if (!exists(hash)) {
            return false;
        }
        s3.deleteObject(request -> request.bucket(bucket).key(keyOf(hash)));
        return true;
    }

    @Override
    public Optional<URI> presignedDownload(ContentHash hash, Duration ttl, String fileName, String contentType) {
        return Optional.of(presigner.presignGetObject(presign -> presign.signatureDuration(ttl)
                .getObjectRequest(get -> get.bucket(bucket).key(keyOf(hash))
                        .responseContentType(contentType)
                        .responseContentDisposition(ContentDisposition.attachment(fileName))))
                .url()).map(url -> URI.create(url.toString()));
    }
}
