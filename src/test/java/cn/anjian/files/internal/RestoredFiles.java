package cn.anjian.files.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import javax.sql.DataSource;

import cn.anjian.files.FileAccessGuard;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/** The files module's own integrity scan (every blob re-hashed), run on a restored database and file store. */
public final class RestoredFiles {

    private RestoredFiles() {
    }

    public static IntegrityScan.Summary scanAll(DataSource restored, Path filesRoot) {
        JdbcClient jdbc = JdbcClient.create(restored);
        TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(restored));
        Clock clock = Clock.systemUTC();
        ApplicationEventPublisher none = event -> { };
        DefaultListableBeanFactory nothing = new DefaultListableBeanFactory();
        LocalBlobStore store = new LocalBlobStore(filesRoot);
        FileService files = new FileService(store, jdbc, clock, none, tx,
                new IngestPolicy(DataSize.ofMegabytes(64), "at-ingestion", nothing.getBeanProvider(DeferredSm3.class)),
                nothing.getBeanProvider(FileAccessGuard.class));
        return new IntegrityScan(store, jdbc, clock, files, none, tx, Duration.ZERO).scan(true, "restore-check");
    }
}
