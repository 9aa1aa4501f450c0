package cn.anjian.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The acceptance suite's raw-code patterns catch what they must and let ordinary Chinese page text through. */
class RawCodePatternTests {

    @Test
    @DisplayName("Issue 12 defect 7/8: rule IDs, permission and role codes, audit actions and login names are caught")
    void catchesRawCodes() {
        assertThat(RoleWalkBrowserTests.rawCodes("OFF-04 · 调离执法岗位")).hasSize(1);
        assertThat(RoleWalkBrowserTests.rawCodes("来源依据文件（CASE-04）")).hasSize(1);
        assertThat(RoleWalkBrowserTests.rawCodes("权限 calendar:read")).hasSize(1);
        assertThat(RoleWalkBrowserTests.rawCodes("角色 AUDIT_ADMIN")).hasSize(1);
        assertThat(RoleWalkBrowserTests.rawCodes("iam.login.succeeded")).hasSize(1);
        assertThat(RoleWalkBrowserTests.rawCodes("立案 2026-03-05 zz_officer")).hasSize(1);
    }

    @Test
    @DisplayName("Issue 12 acceptance: dates, times, fingerprints and item codes are not raw codes")
    void letsOrdinaryTextThrough() {
        assertThat(RoleWalkBrowserTests.rawCodes("2026-03-05 08:30 SHA-256 AQ-CF-097 泽应急罚〔2026〕12号 张伟 第五条 "
                        + "来源：https://www.gov.cn/zhengce/content/2025-11/04/content_1.htm"))
                .isEmpty();
    }
}
