package org.mtad.catalog;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The dataset as currently on disk. Holds one immutable {@link Snapshot}; a background check notices a replaced
 * file (new inode, size or mtime) within {@code reload-interval} and swaps in a new snapshot atomically.
 */
@Component
public class Catalog implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(Catalog.class);

    private final DataDirectory directory;
    private final ScheduledExecutorService watcher;
    private volatile Snapshot current;
    private volatile Map<String, String> fingerprint;

    public Catalog(CatalogProperties properties) {
        this.directory = new DataDirectory(properties.dir());
        this.fingerprint = directory.fingerprint();
        this.current = SnapshotLoader.load(directory);
        report(current);
        this.watcher = Executors.newSingleThreadScheduledExecutor(r -> {
            var thread = new Thread(r, "data-file-watcher");
            thread.setDaemon(true);
            return thread;
        });
        long interval = properties.reloadInterval().toMillis();
        watcher.scheduleWithFixedDelay(this::refreshIfChanged, interval, interval, TimeUnit.MILLISECONDS);
    }

    /** The snapshot to use for one whole request. */
    public Snapshot current() {
        return current;
    }

    /**
     * Reloads when a file changed since the current snapshot was read.
     *
     * @return whether a new snapshot was installed
     */
    public synchronized boolean refreshIfChanged() {
        var seen = directory.fingerprint();
        if (seen.equals(fingerprint)) {
            return false;
        }
        try {
            // A file being copied in place changes between two looks; wait for it to settle.
            Thread.sleep(200);
            if (!seen.equals(directory.fingerprint())) {
                return false;
            }
            var loaded = SnapshotLoader.load(directory);
            if (!seen.equals(directory.fingerprint())) {
                return false;
            }
            fingerprint = seen;
            if (!loaded.version().equals(current.version()) || !loaded.files().equals(current.files())) {
                current = loaded;
                log.info("Data files changed; now serving data version {}", loaded.version());
                report(loaded);
                return true;
            }
            return false;
        } catch (DatasetManifest.InvalidManifestException e) {
            fingerprint = seen;
            log.error("{}; still serving data version {}", e.getMessage(), current.version());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (RuntimeException e) {
            // The watcher must survive anything a half-written file does to the loader.
            log.error("Reloading the data directory failed: {}", e.toString());
            return false;
        }
    }

    /** Each data file checked now with a real, cheap query; the snapshot in memory is not consulted. */
    public List<DataFileStatus> probe() {
        List<DataFileStatus> result = new ArrayList<>();
        for (DataFileStatus known : current.files()) {
            if (known.file().equals(DatasetManifest.FILE_NAME)) {
                continue;
            }
            var file = directory.resolve(known.file());
            if (!java.nio.file.Files.exists(file)) {
                result.add(new DataFileStatus(known.file(), known.required(), DataFileStatus.State.MISSING, "file not found"));
                continue;
            }
            try (Connection connection = SqliteFile.open(file);
                 var statement = connection.createStatement();
                 var rs = statement.executeQuery("SELECT count(*) FROM sqlite_master")) {
                rs.next();
                var state = known.ok() ? DataFileStatus.State.OK : known.state();
                result.add(new DataFileStatus(known.file(), known.required(), state,
                        known.ok() ? rs.getInt(1) + " schema objects" : known.detail()));
            } catch (SQLException e) {
                result.add(new DataFileStatus(known.file(), known.required(), DataFileStatus.State.BROKEN, SqliteFile.reason(e)));
            }
        }
        return result;
    }

    private static void report(Snapshot snapshot) {
        for (var file : snapshot.files()) {
            if (file.ok()) {
                log.info("Data file {}: {}", file.file(), file.detail());
            } else if (file.required()) {
                log.error("Data file {} is {}: {} (the dashboard answers 503 until it is fixed)", file.file(),
                        file.state().name().toLowerCase(java.util.Locale.ROOT), file.detail());
            } else {
                log.warn("Data file {} is {}: {}", file.file(), file.state().name().toLowerCase(java.util.Locale.ROOT), file.detail());
            }
        }
        snapshot.problems().forEach(p -> log.warn("Data: {}", p));
        log.info("Data version {}: {} tools, {} sources, loaded in {} ms", snapshot.version(), snapshot.tools().size(),
                snapshot.sources().size(), snapshot.loadTime().toMillis());
    }

    @Override
    public void destroy() {
        watcher.shutdownNow();
    }
}
