package cn.anjian.mines.web;

import lombok.RequiredArgsConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.ImportRejectedException;
import cn.anjian.mines.registry.CommissionerImport;
import cn.anjian.mines.registry.MineImport;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** MC-01/MC-04: the imports' API — {"imported": n}, or 422 problem+json listing every (sheet, row, column, message). */
@RestController
@RequiredArgsConstructor
class MineImportApiController {

    private final MineImport mines;
    private final CommissionerImport commissioners;

    @PostMapping(path = "/api/v1/mines/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAuthority('mine:manage')")
    Map<String, Integer> apiMines(@AuthenticationPrincipal Actor actor,
                                  @RequestPart(name = "file", required = false) MultipartFile file) throws IOException {
        try (InputStream in = MineImportController.open(file)) {
            return Map.of("imported", mines.importFile(actor, in));
        }
    }

    @PostMapping(path = "/api/v1/mines/commissioners/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAuthority('mine:manage')")
    Map<String, Integer> apiCommissioners(@AuthenticationPrincipal Actor actor,
                                          @RequestPart(name = "file", required = false) MultipartFile file) throws IOException {
        try (InputStream in = MineImportController.open(file)) {
            return Map.of("imported", commissioners.importFile(actor, in));
        }
    }

    /** The API's refusal of a whole file: problem+json with every (sheet, row, column, message). Pages use PageRefusal. */
    @ExceptionHandler(ImportRejectedException.class)
    ResponseEntity<ProblemDetail> rejected(ImportRejectedException e) {
        HttpStatus status = HttpStatus.UNPROCESSABLE_CONTENT;
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        pd.setType(URI.create("urn:anjian:error:" + e.code()));
        pd.setTitle(status.getReasonPhrase());
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("code", e.code());
        props.put("totalErrors", e.totalErrors());
        props.put("errors", e.errors());
        pd.setProperties(props);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(pd);
    }

}
