package cn.anjian.experts.pool;

import lombok.RequiredArgsConstructor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.anjian.kernel.BusinessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** EXP-01: categories, industry fields and sub-specialties as data (seeded by V20_0). */
@Component
@RequiredArgsConstructor
public class PoolStructure {

    public record SubSpecialty(String code, String name) {
    }

    public record Field(String code, String name, String categoryCode, String categoryName, List<SubSpecialty> subSpecialties) {
    }

    private final JdbcClient jdbc;
    /** The structure only changes with a migration (V20_0), which restarts every node: read once (two queries a draw before). */
    private volatile List<Field> loaded;

    /** Every field in the order of annex 1, each with its sub-specialties. */
    public List<Field> fields() {
        List<Field> f = loaded;
        if (f == null) {
            f = load();
            loaded = f;
        }
        return f;
    }

    private List<Field> load() {
        Map<String, Field> fields = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT f.code, f.name, c.code AS category_code, c.name AS category_name FROM exp_field f
                JOIN exp_category c ON c.code = f.category_code ORDER BY c.ord, f.ord""")
                .query((rs, n) -> new Field(rs.getString("code"), rs.getString("name"), rs.getString("category_code"),
                        rs.getString("category_name"), new ArrayList<>()))
                .list().forEach(f -> fields.put(f.code(), f));
        jdbc.sql("SELECT code, field_code, name FROM exp_sub_specialty ORDER BY field_code, ord")
                .query((rs, n) -> Map.entry(rs.getString("field_code"), new SubSpecialty(rs.getString("code"), rs.getString("name"))))
                .list().forEach(e -> fields.get(e.getKey()).subSpecialties().add(e.getValue()));
        return fields.values().stream().map(f -> new Field(f.code(), f.name(), f.categoryCode(), f.categoryName(),
                List.copyOf(f.subSpecialties()))).toList();
    }

    public Optional<Field> field(String code) {
        return fields().stream().filter(f -> f.code().equals(code)).findFirst();
    }

    /** The field of that code, or 400 listing nothing internal. */
    public Field requireField(String code) {
        if (code == null || code.isBlank()) {
            throw BusinessException.badInput("EXP-FIELD", "请选择行业领域");
        }
        return field(code.strip()).orElseThrow(() -> BusinessException.badInput("EXP-FIELD", "没有这个行业领域，请从列表中选择"));
    }

    /** The sub-specialty of that code within the field, or 400. */
    public SubSpecialty requireSub(Field field, String code) {
        return field.subSpecialties().stream().filter(s -> s.code().equals(code.strip())).findFirst()
                .orElseThrow(() -> BusinessException.badInput("EXP-SUB", "专业小类不属于“" + field.name() + "”领域，请从列表中选择"));
    }
}
