package cn.anjian.files;

import cn.anjian.kernel.Actor;

/**
 * SPI: asked on every read of a stored file (metadata and bytes, {@link Files#find}) after the scope check, so a
 * module that puts access rules on the files it owns (recording's classified records, REC-12) holds for every path
 * to them — the files API, the documents module and its own. The files module knows nothing of those rules.
 * A guard that refuses throws {@code BusinessException.notFound}: a file the actor may not read does not exist
 * for them, so its id cannot be probed.
 */
public interface FileAccessGuard {

    void beforeRead(StoredFile file, Actor actor);
}
