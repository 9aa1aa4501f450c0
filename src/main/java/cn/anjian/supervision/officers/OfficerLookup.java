package cn.anjian.supervision.officers;

import lombok.RequiredArgsConstructor;

import java.util.List;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Params;
import cn.anjian.personnel.OfficerFilter;
import cn.anjian.personnel.OfficerRow;
import cn.anjian.personnel.Officers;
import org.springframework.stereotype.Component;

/**
 * The officer a supervision record names (COR-03, COR-04): one of personnel's officers in the actor's scope, found by
 * name, the certificate number deciding between namesakes. Refusals name the field, never list other people.
 */
@Component
@RequiredArgsConstructor
public class OfficerLookup {

    private final Officers officers;

    public OfficerRow find(Actor actor, String code, String name, String certificate) {
        String n = Params.text(code, "执法人员姓名", name, 50, true);
        String cert = Params.text(code, "执法证号", certificate, 50, false);
        List<OfficerRow> found = officers.list(actor, new OfficerFilter(n, null, null, null, null), 0, 100).items().stream()
                .filter(o -> o.name().equals(n))
                .filter(o -> cert == null || cert.equalsIgnoreCase(o.certificateNumber())).toList();
        if (found.isEmpty()) {
            throw new BusinessException(code, "辖区内没有" + (cert == null ? "" : "执法证号为 " + cert + " 的")
                    + "名为“" + n + "”的执法人员，请核对");
        }
        if (found.size() > 1) {
            throw new BusinessException(code, "辖区内有 " + found.size() + " 名名为“" + n + "”的执法人员，请同时填写执法证号");
        }
        return found.get(0);
    }
}
