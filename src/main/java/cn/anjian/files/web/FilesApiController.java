package cn.anjian.files.web;

import lombok.RequiredArgsConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import cn.anjian.files.StoredFile;
import cn.anjian.files.internal.FileService;
import cn.anjian.files.internal.IdempotentUploads;
import cn.anjian.files.internal.Ingestion;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;

/**
 * The file store API (REC-09). Multipart upload for ordinary files (bounded by
 * {@code spring.servlet.multipart}); {@code PUT} with the raw body streams large evidence straight
 * through the hashes to disk, without multipart buffering.
 */
@RestController
@RequestMapping("/api/v1/files")
@RequiredArgsConstructor
class FilesApiController {

    /** Served inline: types a browser renders without running scripts. Everything else is an attachment. */
    private final FileService files;
    private final IdempotentUploads once;

    record FileResponse(long id, String sha256, String sm3, long size, String contentType, String originalName,
                        Instant createdAt, String createdBy, Instant lastVerifiedAt, String integrity) {
        static FileResponse of(StoredFile f) {
            return new FileResponse(f.id(), f.sha256(), f.sm3(), f.size(), f.contentType(), f.originalName(),
                    f.createdAt(), f.createdBy(), f.lastVerifiedAt(), f.integrity().name());
        }
    }

    @PostMapping(consumes = "multipart/form-data")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('file:upload')")
    @Operation(summary = "上传文件（multipart 字段 file；可选请求头 X-Content-SHA256 校验传输）")
    FileResponse upload(@RequestParam(name = "file", required = false) MultipartFile file,
                        @RequestHeader(name = "X-Content-SHA256", required = false) String sha256,
                        @AuthenticationPrincipal Actor actor) throws IOException {
        if (file == null) {
            throw BusinessException.badInput("FILE-MISSING", "缺少上传的文件（multipart 字段 file）");
        }
        try (InputStream in = file.getInputStream()) {
            return FileResponse.of(store(in, file.getOriginalFilename(), file.getContentType(), sha256, actor));
        }
    }

    @PutMapping
    @PreAuthorize("hasAuthority('file:upload')")
    @Operation(summary = "以原始请求体上传大文件（请求头 X-File-Name 为 URL 编码的文件名；可选 X-Content-SHA256；"
            + "可选 Idempotency-Key：重发同一键与相同内容时返回首次保存的文件（200），不再另存一份）")
    ResponseEntity<FileResponse> uploadRaw(HttpServletRequest request,
                           @RequestHeader(name = "X-File-Name", required = false) String encodedName,
                           @RequestHeader(name = "X-Content-SHA256", required = false) String sha256,
                           @RequestHeader(name = "Idempotency-Key", required = false) String key,
                           @AuthenticationPrincipal Actor actor) throws IOException {
        if (request.getContentLengthLong() > files.maxSize()) {
            throw new MaxUploadSizeExceededException(files.maxSize());
        }
        String name;
        try {
            name = encodedName == null ? null : URLDecoder.decode(encodedName, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw BusinessException.badInput("BAD-FILE-NAME", "X-File-Name 须为 URL 编码（UTF-8）的文件名");
        }
        if (key == null) {
            return ResponseEntity.status(HttpStatus.CREATED)
                    .body(FileResponse.of(store(request.getInputStream(), name, request.getContentType(), sha256, actor)));
        }
        IdempotentUploads.Upload u = tooLargeAs413(() -> once.store(request.getInputStream(), name, request.getContentType(), sha256, actor, key));
        return ResponseEntity.status(u.created() ? HttpStatus.CREATED : HttpStatus.OK).body(FileResponse.of(u.file()));
    }

    private interface Io<T> {
        T run() throws IOException;
    }

    private <T> T tooLargeAs413(Io<T> upload) throws IOException {
        try {
            return upload.run();
        } catch (BusinessException e) {
            if (Ingestion.TOO_LARGE.equals(e.code())) {
                throw new MaxUploadSizeExceededException(files.maxSize()); // answered 413
            }
            throw e;
        }
    }

    private StoredFile store(InputStream in, String name, String contentType, String sha256, Actor actor) throws IOException {
        return tooLargeAs413(() -> files.store(in, name, contentType, sha256, actor));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('file:read')")
    @Operation(summary = "文件元数据")
    FileResponse get(@PathVariable String id, @AuthenticationPrincipal Actor actor) {
        return FileResponse.of(files.find(parseId(id), actor));
    }

    @GetMapping("/{id}/content")
    @PreAuthorize("hasAuthority('file:read')")
    @Operation(summary = "下载文件（边传输边校验 SHA-256，不一致则中止并告警）；音视频支持 Range 分段请求（206/416）")
    void content(@PathVariable String id, @AuthenticationPrincipal Actor actor,
                 @RequestHeader(name = "Range", required = false) String range, HttpServletResponse response) throws IOException {
        StoredFile f = files.find(parseId(id), actor);
        cn.anjian.files.RangeDownloads.send(f, range, response, files::copyVerified, files::copyRange);
    }

    static long parseId(String id) {
        try {
            long v = Long.parseLong(id);
            if (v > 0) {
                return v;
            }
        } catch (NumberFormatException e) {
            // fall through
        }
        throw BusinessException.badInput("BAD-PARAMETER", "文件编号必须是正整数");
    }
}
