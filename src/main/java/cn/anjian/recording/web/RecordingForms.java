package cn.anjian.recording.web;

import java.util.ArrayList;
import java.util.List;

import cn.anjian.enforcement.CaseStage;
import cn.anjian.kernel.DateText;
import cn.anjian.kernel.Params;
import cn.anjian.recording.RecordMetadata;
import cn.anjian.recording.internal.RecordingService;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The recording panel's forms, bound with {@code @Valid} (docs/conventions.md "Web kit"): fields as typed
 * (text), shape checked by the constraints so every error shows at once next to its field; the art. 12
 * metadata rules (AV start, end, place, officers, content) are the domain's ({@code RecordInput}).
 */
final class RecordingForms {

    /** An optional id picked from a list. */
    static final String ID = "\\s*([1-9]\\d{0,17})?\\s*";
    static final String ID_MESSAGE = "请从列表中选择";

    private RecordingForms() {
    }

    /** Registering an enforcement activity (REC-03); whether it is inside the case's life is the domain's. */
    record ActivityForm(@NotBlank(message = "请选择活动") String kind,
                        @NotBlank @Size(max = 200) String place,
                        @NotBlank @DateText(time = true) String startedAt,
                        String avRequested, String certificatesShown, String rightsInformed) {

        static ActivityForm blank() {
            return new ActivityForm(null, null, null, null, null, null);
        }

        /** PUB-02: the officers showed their certificates (ticked on the form). */
        boolean certificatesShownFlag() {
            return "true".equals(certificatesShown);
        }

        /** PUB-02: the party was told the grounds, basis, rights and obligations. */
        boolean rightsInformedFlag() {
            return "true".equals(rightsInformed);
        }

        RecordingService.NewActivity toActivity() {
            return new RecordingService.NewActivity(kind, place, startedAt, Params.flag("须音像", avRequested));
        }
    }

    /**
     * The page's upload (REC-01, REC-05): "kind" is "AV:VIDEO" or "TEXT:DECISION"; the file is either in the
     * multipart request or already in the file store ({@code fileId}, the page's two-step upload);
     * {@code partyInformed} REC-13 "true"/"false" (required for AV records by the domain).
     */
    record UploadForm(@NotBlank(message = "请选择种类") String kind,
                      String stage,
                      String classification,
                      @NotBlank @Size(max = 200) String title,
                      @Pattern(regexp = ID, message = ID_MESSAGE) String activityId,
                      @DateText(time = true) String capturedStart,
                      @DateText(time = true) String capturedEnd,
                      @Size(max = 200) String place,
                      List<String> officerIds,
                      @Size(max = 500) String parties,
                      String deviceKind,
                      @Size(max = 100) String deviceId,
                      List<String> contentShown,
                      @Pattern(regexp = ID, message = ID_MESSAGE) String fileId,
                      String partyInformed) {

        /** A fresh form: the case's current stage, the whole team ticked. */
        static UploadForm blank(CaseStage stage, List<Long> team) {
            return new UploadForm(null, stage.name(), null, null, null, null, null, null,
                    team.stream().map(String::valueOf).toList(), null, null, null, List.of(), null, null);
        }

        /** The form's fields as the metadata the API takes. */
        RecordMetadata metadata(long caseId) {
            String kindValue = kind == null ? "" : kind;
            int colon = kindValue.indexOf(':');
            List<Long> officers = new ArrayList<>();
            for (String o : officerIds == null ? List.<String>of() : officerIds) {
                officers.add(Params.id("officerIds", o));
            }
            return new RecordMetadata(caseId, blankToNull(stage), Params.optionalId("activityId", activityId),
                    colon < 0 ? "" : kindValue.substring(0, colon), colon < 0 ? kindValue : kindValue.substring(colon + 1),
                    title, blankToNull(classification), blankToNull(capturedStart), blankToNull(capturedEnd), place, officers,
                    parties, blankToNull(deviceKind), deviceId, contentShown == null ? List.of() : contentShown,
                    Params.optionalId("fileId", fileId), blankToNull(partyInformed));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
