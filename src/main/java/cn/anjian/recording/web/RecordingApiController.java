package cn.anjian.recording.web;

import lombok.RequiredArgsConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.ListSort;
import cn.anjian.kernel.PageSize;
import cn.anjian.kernel.Params;
import cn.anjian.recording.RecordMetadata;
import cn.anjian.recording.internal.ActivityView;
import cn.anjian.recording.internal.EvidenceExport;
import cn.anjian.recording.internal.RecordResponse;
import cn.anjian.recording.internal.RecordUploads;
import cn.anjian.recording.internal.RecordView;
import cn.anjian.recording.internal.RecordingQueries;
import cn.anjian.recording.internal.RecordingService;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;

/**
 * The recording API for the phone app (REC-01, REC-05, REC-11, REC-12). Uploads carry an
 * {@code Idempotency-Key}. Multipart parts go to disk (Tomcat writes parts to temporary files; nothing
 * is held in the heap) but are bounded by {@code spring.servlet.multipart.max-file-size} (20 MB); large
 * video takes two steps: {@code PUT /api/v1/files} streams the raw body into the file store, then
 * {@code POST /api/v1/recordings} with a JSON body carrying {@code fileId}.
 */
@RestController
@RequestMapping("/api/v1")
@RequiredArgsConstructor
class RecordingApiController {

    private final RecordingService recording;
    private final RecordUploads uploads;
    private final EvidenceExport export;
    private final ObjectMapper json;
    private final RecordingQueries queries;

    /**
     * One page of {@code GET /api/v1/recordings}: in the default order (newest first) {@code next} is the {@code after}
     * cursor of the next page (keyset, no count, like {@code /api/v1/cases}); in any other order {@code next} and
     * {@code previous} are page numbers. Null when there is none.
     */
    record RecordPage(List<RecordResponse> items, String next, String previous) {
    }

    /**
     * Issue 20 item 7: the records of the cases in scope as {@code /recordings} lists them (the same query, filters
     * {@code kind} and {@code gaps}, sort and size; classified records only for the cleared, REC-12).
     */
    @GetMapping("/recordings")
    @PreAuthorize("hasAuthority('record:read')")
    @Operation(summary = "辖区内案件的执法记录列表（种类、录像中断筛选；默认按登记顺序倒序，用 next 作为 after 翻页；其他排序按 page 翻页）")
    RecordPage list(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q) {
        RecordingQueries.RecordFilter filter = RecordingListController.recordFilter(q);
        ListSort.Sort sort = RecordingQueries.RECORD_SORT.parse(q.get("sort"));
        int size = PageSize.parse(q.get("size"));
        Long after = sort.isDefault() ? Params.optionalId("after", q.get("after")) : null;
        int page = sort.isDefault() ? 0 : Params.page(q.get("page"));
        RecordingQueries.Slice<RecordView> s = queries.records(actor, filter, sort, after, page, size);
        List<RecordResponse> items = s.items().stream().map(RecordResponse::of).toList();
        if (sort.isDefault()) {
            return new RecordPage(items, s.more() ? String.valueOf(s.nextAfter()) : null, null);
        }
        return new RecordPage(items, s.more() ? String.valueOf(page + 1) : null, page > 0 ? String.valueOf(page - 1) : null);
    }

    @PostMapping(path = "/recordings", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAuthority('record:upload')")
    @Operation(summary = "上传执法记录（multipart：metadata JSON 部分 + file 部分；请求头 Idempotency-Key 必填）")
    ResponseEntity<String> upload(@RequestHeader(name = "Idempotency-Key", required = false) String key,
                                  @RequestPart(name = "metadata", required = false) byte[] metadata,
                                  @RequestPart(name = "file", required = false) MultipartFile file,
                                  @AuthenticationPrincipal Actor actor) throws IOException {
        if (metadata == null) {
            throw BusinessException.badInput("REC-METADATA", "缺少 metadata 部分（记录元数据 JSON）");
        }
        if (file == null || file.isEmpty()) {
            throw BusinessException.badInput("FILE-MISSING", "缺少上传的文件（multipart 部分 file）");
        }
        RecordMetadata m = parse(metadata);
        try (InputStream in = file.getInputStream()) {
            return answer(uploads.upload(key, m, in, file.getOriginalFilename(), file.getContentType(), actor));
        }
    }

    @PostMapping(path = "/recordings", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('record:upload')")
    @Operation(summary = "登记已上传到文件库的执法记录（两步上传：先 PUT /api/v1/files，再提交元数据与 fileId；Idempotency-Key 必填）")
    ResponseEntity<String> attach(@RequestHeader(name = "Idempotency-Key", required = false) String key,
                                  @RequestBody byte[] body, @AuthenticationPrincipal Actor actor) {
        return answer(uploads.attach(key, parse(body), actor));
    }

    /**
     * Issue 12 defect 5: the upload form's fields (without the file) and the chosen file's name and size, checked
     * before the file is sent: 200 when the upload would be accepted, else the same refusal the upload would get
     * (400 with each field's message, 413/422 for the file), nothing stored.
     */
    @PostMapping(path = "/cases/{id}/recordings/precheck")
    @PreAuthorize("hasAuthority('record:upload')")
    @Operation(summary = "上传前预检：先校验记录信息和文件名、大小，通过后再发送文件")
    Map<String, Object> precheck(@PathVariable String id, @jakarta.validation.Valid @org.springframework.web.bind.annotation.ModelAttribute
                                 RecordingForms.UploadForm form, @RequestParam(name = "fileName", required = false) String fileName,
                                 @RequestParam(name = "fileSize", required = false) String fileSize, @AuthenticationPrincipal Actor actor) {
        long caseId = Params.id("id", id);
        long size;
        try {
            size = fileSize == null || fileSize.isBlank() ? 0 : Long.parseLong(fileSize.strip());
        } catch (NumberFormatException e) {
            throw BusinessException.badInput("BAD-PARAMETER", "文件大小须为字节数（整数）");
        }
        boolean stored = (fileName == null || fileName.isBlank()) && form.fileId() != null && !form.fileId().isBlank();
        recording.precheck(cn.anjian.recording.internal.RecordInput.of(form.metadata(caseId)),
                stored ? null : (fileName == null ? "" : fileName), size, actor);
        return Map.of("ok", true);
    }

    @GetMapping("/recordings/{id}")
    @PreAuthorize("hasAuthority('record:read')")
    @Operation(summary = "执法记录详情（涉密记录仅对有相应权限者可见）")
    RecordResponse get(@PathVariable String id, @AuthenticationPrincipal Actor actor) {
        return RecordResponse.of(recording.record(Params.id("id", id), actor));
    }

    @GetMapping("/recordings/{id}/content")
    @PreAuthorize("hasAuthority('record:read')")
    @Operation(summary = "下载记录文件（边传输边校验指纹）；音视频支持 Range 分段请求，便于播放器拖动进度")
    void content(@PathVariable String id, @AuthenticationPrincipal Actor actor,
                 @org.springframework.web.bind.annotation.RequestHeader(name = "Range", required = false) String range,
                 HttpServletResponse response) throws java.io.IOException {
        RecordView r = recording.record(Params.id("id", id), actor);
        Downloads.media(recording.fileOf(r, actor), range, response, recording);
    }

    @DeleteMapping("/recordings/{id}")
    @PreAuthorize("hasAuthority('record:manage')")
    @Operation(summary = "保存期满后销毁记录（登记销毁决定；文件库为一次写入，不擦除原始字节）")
    ResponseEntity<Void> destroy(@PathVariable String id, @RequestParam(name = "note", required = false) String note,
                                 @AuthenticationPrincipal Actor actor) {
        recording.destroy(Params.id("id", id), note, actor);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/cases/{id}/recordings")
    @PreAuthorize("hasAuthority('record:read')")
    @Operation(summary = "案件的执法记录")
    List<RecordResponse> ofCase(@PathVariable String id, @AuthenticationPrincipal Actor actor) {
        return recording.recordsOf(Params.id("id", id), actor).stream().map(RecordResponse::of).toList();
    }

    @GetMapping("/cases/{id}/activities")
    @PreAuthorize("hasAuthority('record:read')")
    @Operation(summary = "案件的执法活动及缺少音像记录标记")
    List<Map<String, Object>> activities(@PathVariable String id, @AuthenticationPrincipal Actor actor) {
        return recording.activitiesOf(Params.id("id", id), actor).stream().map(RecordingApiController::activity).toList();
    }

    record ActivityRequest(String kind, String place, String startedAt, Boolean avRequested) {
    }

    @PostMapping(path = "/cases/{id}/activities", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('record:upload')")
    @Operation(summary = "登记执法活动（开始）")
    ResponseEntity<Map<String, Object>> openActivity(@PathVariable String id, @RequestBody ActivityRequest body,
                                                     @AuthenticationPrincipal Actor actor) {
        long activityId = recording.openActivity(Params.id("id", id), new RecordingService.NewActivity(body.kind(), body.place(),
                body.startedAt(), Boolean.TRUE.equals(body.avRequested())), actor);
        return ResponseEntity.status(201).body(activity(recording.activity(activityId, actor)));
    }

    record EndRequest(String endedAt, Boolean remoteWork, String returnedAt) {
    }

    @PostMapping(path = "/activities/{id}/end", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('record:upload')")
    @Operation(summary = "结束执法活动（开启音像记录移交期限）")
    Map<String, Object> endActivity(@PathVariable String id, @RequestBody EndRequest body, @AuthenticationPrincipal Actor actor) {
        long activityId = Params.id("id", id);
        recording.endActivity(activityId, body.endedAt(), Boolean.TRUE.equals(body.remoteWork()), body.returnedAt(), actor);
        return activity(recording.activity(activityId, actor));
    }

    record ExemptionRequest(String reason, String note) {
    }

    @PostMapping(path = "/activities/{id}/exemption", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('record:upload')")
    @Operation(summary = "说明未进行音像记录的理由（仅限第十四条情形；第十四条（三）其他不适宜情形须经科室负责人批准）")
    Map<String, Object> exempt(@PathVariable String id, @RequestBody ExemptionRequest body, @AuthenticationPrincipal Actor actor) {
        long activityId = Params.id("id", id);
        recording.exempt(activityId, body.reason(), body.note(), actor);
        return activity(recording.activity(activityId, actor));
    }

    @PostMapping(path = "/cases/{id}/recordings/export", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('record:export')")
    @Operation(summary = "导出音像证据包（zip：原始文件、manifest.csv/json、说明.txt），导出情况记入案卷并审计")
    void export(@PathVariable String id, @RequestBody EvidenceExport.Request body, @AuthenticationPrincipal Actor actor,
                HttpServletResponse response) throws IOException {
        Downloads.zip(export.export(Params.id("id", id), body, actor), response);
    }

    private RecordMetadata parse(byte[] metadata) {
        try {
            RecordMetadata m = json.readValue(new String(metadata, StandardCharsets.UTF_8), RecordMetadata.class);
            if (m == null) {
                throw new IllegalArgumentException();
            }
            return m;
        } catch (JacksonException | IllegalArgumentException e) {
            throw BusinessException.badInput("REC-METADATA", "记录元数据不是有效的 JSON 或字段类型不正确");
        }
    }

    private static ResponseEntity<String> answer(RecordUploads.Answer a) {
        return ResponseEntity.status(a.status()).contentType(MediaType.APPLICATION_JSON)
                .header("Idempotent-Replayed", String.valueOf(a.replayed())).body(a.body());
    }

    static Map<String, Object> activity(ActivityView a) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("id", a.id());
        m.put("caseId", a.caseId());
        m.put("stage", a.stage().name());
        m.put("kind", a.kind().name());
        m.put("kindLabel", a.kind().label());
        m.put("place", a.place());
        m.put("startedAt", a.startedAt());
        m.put("endedAt", a.endedAt());
        m.put("remoteWork", a.remoteWork());
        m.put("returnedAt", a.returnedAt());
        m.put("avRequired", a.avRequired());
        m.put("avCount", a.avCount());
        m.put("missingAv", a.missingAv());
        m.put("exemptionReason", a.exemptionReason() == null ? null : a.exemptionReason().name());
        m.put("exemptionNote", a.exemptionNote());
        m.put("exemptionStatus", a.exemptionStatus() == null ? null : a.exemptionStatus().name());
        m.put("exemptionStatusLabel", a.exemptionStatus() == null ? null : a.exemptionStatus().label());
        m.put("exemptionDecidedBy", a.exemptionDecidedBy());
        m.put("exemptionOpinion", a.exemptionOpinion());
        m.put("uploadDeadlineId", a.uploadDeadlineId());
        return m;
    }
}
