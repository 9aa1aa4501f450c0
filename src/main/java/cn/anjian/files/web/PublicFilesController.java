package cn.anjian.files.web;

import lombok.RequiredArgsConstructor;

import cn.anjian.files.StoredFile;
import cn.anjian.files.VerifiedDownloads;
import cn.anjian.files.internal.FileService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * The portal's downloads (issue 14 item 2): a file some module holds public ({@code Files.holdPublic}, e.g. a
 * published legal basis), for anyone, re-hashed while it streams like every verified download; any other id is 404.
 */
@Controller
@RequiredArgsConstructor
class PublicFilesController {

    private final FileService files;

    @GetMapping("/public/files/{id}")
    @PreAuthorize("permitAll()")
    void download(@PathVariable String id, HttpServletRequest request, HttpServletResponse response) {
        StoredFile f = files.findPublic(FilesApiController.parseId(id));
        ShallowEtagHeaderFilter.disableContentCaching(request); // streamed, never buffered for an ETag
        VerifiedDownloads.send(f, response, files::copyVerified);
    }
}
