package cn.anjian.complaints.submissions;

import lombok.RequiredArgsConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import cn.anjian.files.Files;
import cn.anjian.files.StoredFile;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * CMP-01: photos attached to a complaint from the portal, stored through {@code files} (hashed, content sniffed):
 * at most {@link #MAX_PHOTOS}, each at most {@link #MAX_BYTES}, and only what the store sniffs as JPEG, PNG or WebP.
 * Everything is checked before the first byte is kept; a refusal rolls the filing back.
 */
@Component
@Transactional
@RequiredArgsConstructor
class SubmissionPhotos {

    static final int MAX_PHOTOS = 3;
    static final long MAX_BYTES = 10L * 1024 * 1024;
    static final List<String> IMAGE_TYPES = List.of("image/jpeg", "image/png", "image/webp");

    private final Files files;
    private final JdbcClient jdbc;

    /** Refuses (nothing stored) too many photos or one too large. */
    static List<MultipartFile> check(List<MultipartFile> photos) {
        List<MultipartFile> given = photos == null ? List.of() : photos.stream().filter(p -> p != null && !p.isEmpty()).toList();
        if (given.size() > MAX_PHOTOS) {
            throw BusinessException.badInput("CMP-01-PHOTO", "最多上传 " + MAX_PHOTOS + " 张照片");
        }
        for (MultipartFile p : given) {
            if (p.getSize() > MAX_BYTES) {
                throw BusinessException.badInput("CMP-01-PHOTO", "每张照片不能超过 10 MB");
            }
        }
        return given;
    }

    void attach(Submission s, List<MultipartFile> photos) {
        for (MultipartFile p : check(photos)) {
            StoredFile f;
            try (InputStream in = p.getInputStream()) {
                f = files.store(in, p.getOriginalFilename() == null ? "照片" : p.getOriginalFilename(), p.getContentType(), null,
                        new Uploader(s));
            } catch (IOException e) {
                throw BusinessException.badInput("CMP-01-PHOTO", "照片读取失败，请重新选择");
            }
            if (!IMAGE_TYPES.contains(f.contentType())) {
                throw BusinessException.badInput("CMP-01-PHOTO", "只能上传 JPG、PNG 或 WebP 格式的照片");
            }
            jdbc.sql("INSERT INTO cmp_submission_file (submission_id, file_id, name) VALUES (:s, :f, :n)")
                    .param("s", s.id).param("f", f.id()).param("n", cut(f.originalName())).update();
        }
    }

    record Photo(long fileId, String name) {
    }

    @Transactional(readOnly = true)
    List<Photo> of(long submissionId) {
        return jdbc.sql("SELECT file_id, name FROM cmp_submission_file WHERE submission_id = :s ORDER BY file_id")
                .param("s", submissionId).query((rs, n) -> new Photo(rs.getLong(1), rs.getString(2))).list();
    }

    private static String cut(String v) {
        return v == null ? "照片" : v.length() <= 200 ? v : v.substring(0, 200);
    }

    /** The file store records who uploaded and in which scope: the public, in the receiving agency's scope. */
    private record Uploader(Submission s) implements Actor {
        public long userId() {
            return 0;
        }

        public String username() {
            return "public-portal";
        }

        public String displayName() {
            return "公众（门户网站）";
        }

        public long agencyId() {
            return s.agencyId;
        }

        public String agencyName() {
            return "";
        }

        public Long unitId() {
            return null;
        }

        public long jurisdictionId() {
            return s.jurisdictionId;
        }

        public Scope scope() {
            return new Scope(s.scopePath);
        }

        public boolean hasPermission(String permission) {
            return false;
        }
    }
}
