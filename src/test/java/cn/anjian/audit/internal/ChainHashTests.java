package cn.anjian.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.HexFormat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ChainHashTests {

    private static EntryRow entry(String after) {
        return new EntryRow(7, OffsetDateTime.parse("2026-03-01T08:00:00.123456+08:00"), "张三", "10.0.0.1",
                "org.division.renamed", "division", "42", "{\"name\": \"泽州县\"}", after, "/1/5/");
    }

    @Test
    @DisplayName("AUD-02 SM3 is the GB/T 32905 digest (test vector \"abc\")")
    void sm3Vector() {
        assertThat(HexFormat.of().formatHex(ChainHash.digest(ChainHash.SM3, "abc".getBytes(StandardCharsets.US_ASCII))))
                .isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
    }

    @Test
    @DisplayName("AUD-02 canonical form: fixed field order, UTC time with microseconds, sorted JSON keys")
    void canonicalForm() {
        String c = ChainHash.canonical(3, ChainHash.GENESIS, entry("{\"b\": 1, \"a\": [true, null, \"x\\ny\"]}"));
        assertThat(c).isEqualTo("{\"v\":1,\"position\":3,\"prevHash\":\"" + ChainHash.GENESIS + "\",\"id\":7,"
                + "\"occurredAt\":\"2026-03-01T00:00:00.123456Z\",\"actor\":\"张三\",\"sourceAddress\":\"10.0.0.1\","
                + "\"action\":\"org.division.renamed\",\"subjectType\":\"division\",\"subjectId\":\"42\","
                + "\"scopePath\":\"/1/5/\",\"before\":{\"name\":\"泽州县\"},\"after\":{\"a\":[true,null,\"x\\ny\"],\"b\":1}}");
    }

    @Test
    @DisplayName("AUD-02 the hash covers the previous hash, the position and every field")
    void hashCoversEverything() {
        String h = ChainHash.hash(ChainHash.SM3, 3, ChainHash.GENESIS, entry("{\"a\":1}"));
        assertThat(h).hasSize(64).isEqualTo(ChainHash.hash(ChainHash.SM3, 3, ChainHash.GENESIS, entry("{ \"a\" : 1 }")));
        assertThat(ChainHash.hash(ChainHash.SM3, 4, ChainHash.GENESIS, entry("{\"a\":1}"))).isNotEqualTo(h);
        assertThat(ChainHash.hash(ChainHash.SM3, 3, "1".repeat(64), entry("{\"a\":1}"))).isNotEqualTo(h);
        assertThat(ChainHash.hash(ChainHash.SM3, 3, ChainHash.GENESIS, entry("{\"a\":2}"))).isNotEqualTo(h);
        assertThat(ChainHash.hash(ChainHash.SHA_256, 3, ChainHash.GENESIS, entry("{\"a\":1}"))).isNotEqualTo(h);
    }

    @Test
    void canonicalJsonKeepsNumbersAsWrittenAndRejectsGarbage() {
        assertThat(CanonicalJson.canonicalize("{\"z\":1.50,\"y\":{\"d\":-2e3,\"c\":\"\\u00e9\\\"\"}}"))
                .isEqualTo("{\"y\":{\"c\":\"é\\\"\",\"d\":-2e3},\"z\":1.50}");
        assertThat(CanonicalJson.canonicalize(null)).isNull();
        assertThat(CanonicalJson.canonicalize("[]")).isEqualTo("[]");
        assertThatThrownBy(() -> CanonicalJson.canonicalize("{\"a\":1} x")).isInstanceOf(IllegalArgumentException.class);
    }
}
