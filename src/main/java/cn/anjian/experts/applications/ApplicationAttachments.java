package cn.anjian.experts.applications;

import lombok.RequiredArgsConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import cn.anjian.experts.pool.Pool;
import cn.anjian.files.Files;
import cn.anjian.files.StoredFile;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Scope;
import cn.anjian.org.Agencies;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/** EXP-04: the application's supporting documents, stored through {@code files}; a refusal rolls the filing back. */
@Component
@RequiredArgsConstructor
class ApplicationAttachments {

    private final Files files;
    private final Agencies agencies;

    String store(Pool pool, List<MultipartFile> given) {
        List<String> ids = new ArrayList<>();
        for (MultipartFile p : given) {
            StoredFile f;
            try (InputStream in = p.getInputStream()) {
                f = files.store(in, p.getOriginalFilename() == null ? "附件" : p.getOriginalFilename(), p.getContentType(),
                        null, new PortalUploader(pool, agencies.get(pool.agencyId()).jurisdictionId()));
            } catch (IOException e) {
                throw BusinessException.badInput("EXP-ATTACHMENT", "附件读取失败，请重新选择");
            }
            if (!ApplicationIntake.ATTACHMENT_TYPES.contains(f.contentType())) {
                throw BusinessException.badInput("EXP-ATTACHMENT", "附件只能是 PDF、JPG 或 PNG 格式（学历、职称、获奖证书等证明材料）");
            }
            ids.add(String.valueOf(f.id()));
        }
        return ids.isEmpty() ? null : String.join(",", ids);
    }

    /** The file store records who uploaded and in which scope: the public, in the receiving pool's scope. */
    private record PortalUploader(Pool pool, long jurisdictionId) implements Actor {
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
            return pool.agencyId();
        }

        public String agencyName() {
            return pool.agencyName();
        }

        public Long unitId() {
            return null;
        }

        public Scope scope() {
            return new Scope(pool.scopePath());
        }

        public boolean hasPermission(String permission) {
            return false;
        }
    }
}
