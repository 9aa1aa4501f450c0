package cn.anjian.recording.web;

import java.io.IOException;
import java.io.InputStream;

import cn.anjian.files.StoredFile;
import cn.anjian.files.VerifiedDownloads;
import cn.anjian.recording.internal.EvidenceExport;
import cn.anjian.recording.internal.RecordingService;
import jakarta.servlet.http.HttpServletResponse;

/** Streaming answers: a verified record file, an evidence zip. Headers go out with the first byte only. */
final class Downloads {

    private Downloads() {
    }

    static void verified(StoredFile f, HttpServletResponse response, RecordingService recording) {
        VerifiedDownloads.send(f, response, recording::copyVerified);
    }

    /** Issue 12 defect 5: a player seeks in a recording with range requests (206); the whole file stays verified. */
    static void media(StoredFile f, String range, HttpServletResponse response, RecordingService recording) throws IOException {
        cn.anjian.files.RangeDownloads.send(f, range, response, recording::copyVerified, recording::copyRange);
    }

    static void zip(EvidenceExport.Prepared p, HttpServletResponse response) throws IOException {
        try (InputStream in = java.nio.file.Files.newInputStream(p.zip())) {
            response.setStatus(200);
            response.setContentType("application/zip");
            response.setContentLengthLong(p.size());
            response.setHeader("Cache-Control", "private, no-store");
            response.setHeader("X-Content-SHA256", p.sha256());
            response.setHeader("X-Export-Id", String.valueOf(p.exportId()));
            response.setHeader("Content-Disposition", VerifiedDownloads.contentDisposition("attachment", p.fileName()));
            in.transferTo(response.getOutputStream());
        } finally {
            java.nio.file.Files.deleteIfExists(p.zip());
        }
    }
}
