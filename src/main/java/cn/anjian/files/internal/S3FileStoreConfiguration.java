package cn.anjian.files.internal;

import java.net.URI;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * {@code anjian.files.store: s3}: the S3-compatible store replaces the local one. The secret comes from the
 * environment ({@code ANJIAN_S3_SECRET_KEY}); the application refuses to start when the bucket does not
 * answer, with a message that says why (bad credentials, no bucket, endpoint unreachable).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "anjian.files.store", havingValue = "s3")
class S3FileStoreConfiguration {

    @Bean(destroyMethod = "close")
    S3BlobStore s3BlobStore(@Value("${anjian.files.s3.endpoint}") URI endpoint,
                            @Value("${anjian.files.s3.region:us-east-1}") String region,
                            @Value("${anjian.files.s3.bucket}") String bucket,
                            @Value("${anjian.files.s3.access-key}") String accessKey,
                            @Value("${anjian.files.s3.secret-key}") String secretKey,
                            @Value("${anjian.files.s3.path-style:true}") boolean pathStyle,
                            @Value("${anjian.files.s3.part-size:8MB}") DataSize partSize,
                            @Value("${anjian.files.s3.conditional-writes:true}") boolean conditionalWrites) {
        S3BlobStore store = new S3BlobStore(new S3BlobStore.Settings(endpoint, region, bucket, accessKey, secretKey,
                pathStyle, (int) partSize.toBytes(), conditionalWrites));
        store.checkReachable();
        return store;
    }
}
