package cn.anjian.settings.web;

import lombok.RequiredArgsConstructor;

import java.net.URI;
import java.util.List;
import java.util.Map;

import cn.anjian.kernel.Actor;
import cn.anjian.settings.internal.SettingsAdministration;
import cn.anjian.settings.internal.SettingsAdministration.NewVersion;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.BindException;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The settings as JSON, and scheduling a new version; the same gates as the page, refusals as problem+json. */
@RestController
@RequestMapping("/api/v1/settings")
@RequiredArgsConstructor
class SettingsApiController {

    private final SettingsAdministration admin;

    @GetMapping
    @PreAuthorize("hasAuthority('settings:read')")
    @Operation(summary = "规则参数：按模块列出当前值、默认值、依据和版本历史")
    List<SettingsAdministration.Group> list() {
        return admin.overview();
    }

    @GetMapping("/{key}")
    @PreAuthorize("hasAuthority('settings:read')")
    @Operation(summary = "一个规则参数及其版本历史")
    SettingsAdministration.SettingRow one(@PathVariable String key) {
        return admin.setting(key);
    }

    /** 403 for a non-province administrator, 400 with every field problem at once, 201 with the new version. */
    @PostMapping("/{key}/versions")
    @PreAuthorize("hasAuthority('settings:manage')")
    @Operation(summary = "安排规则参数自某日起的新值（仅省级系统管理员；生效日期不早于今天）")
    ResponseEntity<SettingsAdministration.VersionRow> schedule(@AuthenticationPrincipal Actor actor,
                                                               @PathVariable String key,
                                                               @RequestBody NewVersion body) throws BindException {
        admin.requireManager(actor);
        Map<String, String> problems = admin.problems(key, body);
        if (!problems.isEmpty()) {
            MapBindingResult errors = new MapBindingResult(Map.of(), "version");
            problems.forEach((field, message) -> errors.rejectValue(field, "invalid", message));
            throw new BindException(errors);
        }
        var v = admin.schedule(actor, key, body);
        return ResponseEntity.created(URI.create("/api/v1/settings/" + key)).body(v);
    }
}
