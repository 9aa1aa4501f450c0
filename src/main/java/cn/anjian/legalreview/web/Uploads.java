package cn.anjian.legalreview.web;

import lombok.RequiredArgsConstructor;

import java.io.IOException;
import java.io.InputStream;

import cn.anjian.files.Files;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/** A page's uploaded file into the file store (materials LR-05, signed opinions LR-15), in the actor's scope. */
@Component
@RequiredArgsConstructor
class Uploads {

    private final Files files;

    long store(Actor actor, MultipartFile f) {
        try (InputStream in = f.getInputStream()) {
            return files.store(in, f.getOriginalFilename(), f.getContentType(), null, actor).id();
        } catch (IOException e) {
            throw BusinessException.badInput("LR-05", "文件上传失败，请重试");
        }
    }
}
