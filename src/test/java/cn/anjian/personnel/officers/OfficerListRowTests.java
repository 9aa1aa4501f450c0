package cn.anjian.personnel.officers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.anjian.TemplateSnippets;
import cn.anjian.personnel.CertificateStatus;
import cn.anjian.personnel.OfficerRow;
import cn.anjian.personnel.PostStatus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 20 item 7: the officer list's precomputed rows render exactly what the per-cell expressions did. */
class OfficerListRowTests {

    static final String OLD = """
            <tr th:each="r : ${items}"><td th:text="${r.name}"></td><td th:text="${r.idCardMasked}"></td>\
            <td th:text="${r.agencyName}"></td><td th:text="${r.unitName}"></td><td th:text="${r.postStatus.label()}"></td>
            <td><span th:if="${r.certificateNumber == null}" class="badge bg-red-lt">无</span>
            <span th:if="${r.certificateNumber != null}"><span th:text="${r.certificateNumber}"></span>
            <span class="badge" th:if="${r.certificateStatus != null}" th:classappend="${r.certificateStatus.name() == 'VALID' and r.certificateValidTo != null and !r.certificateValidTo.isBefore(#temporals.createToday())} ? 'bg-green-lt' : 'bg-red-lt'"
                  th:text="${r.certificateStatus.name() == 'VALID' and r.certificateValidTo != null and r.certificateValidTo.isBefore(#temporals.createToday())} ? '已过期' : ${r.certificateStatus.label()}"></span>
            <div th:text="'至 ' + ${r.certificateValidTo}"></div></span></td>
            <td th:text="${T(cn.anjian.kernel.Fmt).hours(r.yearHours)}"></td><b th:if="${r.shortfall}">不足</b>\
            <i th:text="${'/personnel/officers/' + r.personId}"></i></tr>""";
    static final String NEW = """
            <tr th:each="r : ${rows}"><td th:text="${r.name}"></td><td th:text="${r.idCardMasked}"></td>\
            <td th:text="${r.agencyName}"></td><td th:text="${r.unitName}"></td><td th:text="${r.post}"></td>
            <td><span th:if="${r.certificateNumber == null}" class="badge bg-red-lt">无</span>
            <span th:if="${r.certificateNumber != null}"><span th:text="${r.certificateNumber}"></span>
            <span class="badge" th:if="${r.certBadge != null}" th:classappend="${r.certClass}"
                  th:text="${r.certBadge}"></span>
            <div th:text="${r.certUntil}"></div></span></td>
            <td th:text="${r.hours}"></td><b th:if="${r.shortfall}">不足</b>\
            <i th:text="${r.href}"></i></tr>""";

    static OfficerRow officer(long id, String number, CertificateStatus status, LocalDate validTo, String hours) {
        return new OfficerRow(id, "张三" + id, "1405**********001" + id, "泽州县应急管理局", 1L, id % 2 == 0 ? null : "执法一科",
                PostStatus.values()[0], number, status, validTo, hours == null ? null : new BigDecimal(hours), id % 3 == 0);
    }

    @Test
    @DisplayName("certificate badges: valid through today is green, expired yesterday red, other statuses and none as before")
    void rowsRenderAsBefore() {
        LocalDate today = LocalDate.now();   // what #temporals.createToday() gave the old template
        List<OfficerRow> items = List.of(
                officer(1, "晋执001", CertificateStatus.VALID, today, "24"),
                officer(2, "晋执002", CertificateStatus.VALID, today.minusDays(1), "12.5"),
                officer(3, "晋执003", CertificateStatus.VALID, today.plusYears(1), null),
                officer(4, "晋执004", CertificateStatus.SUSPENDED, today.minusDays(1), "0"),
                officer(5, "晋执005", null, null, "3.25"),
                officer(6, "晋执006", CertificateStatus.VALID, null, "40"),
                officer(7, null, null, null, "1"));
        String before = TemplateSnippets.render(OLD, Map.of("items", items));
        String after = TemplateSnippets.render(NEW, Map.of("rows", OfficerListRow.of(items, today)));
        assertThat(after).isEqualTo(before).contains("已过期").contains("bg-green-lt").contains("至 null");
    }
}
