package cn.anjian.documents;

import cn.anjian.kernel.Fmt;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.anjian.kernel.BusinessException;
import com.deepoove.poi.XWPFTemplate;
import com.deepoove.poi.data.RowRenderData;
import com.deepoove.poi.data.Rows;
import com.deepoove.poi.data.Tables;
import org.springframework.stereotype.Service;

/**
 * Fills the official .docx templates ({@code documents/templates/<TYPE>.docx}) with poi-tl. The
 * bytes are returned to the caller; storing them in the file store is the caller's business.
 */
@Service
public class DocumentGenerator {

    static final int MAX_FIELD = 10_000;
    static final int MAX_ITEMS = 500;
    private static final String BLANK = "＿＿＿＿＿＿＿＿";

    /** The versioned templates; null in plain unit tests, which use the built-in templates. */
    private final DocumentTemplates templates;

    @org.springframework.beans.factory.annotation.Autowired
    public DocumentGenerator(DocumentTemplates templates) {
        this.templates = templates;
    }

    /** The built-in templates only (unit tests). */
    DocumentGenerator() {
        this(null);
    }

    /** A generated document and the template version it was generated with (issue 11 item 7). */
    public record Generated(byte[] bytes, int templateVersion) {
    }

    /** The document types with a template, in display order. */
    public List<String> templateTypes() {
        return List.copyOf(TemplateSpec.ALL.keySet());
    }

    public boolean hasTemplate(String type) {
        return type != null && TemplateSpec.ALL.containsKey(type);
    }

    /**
     * Generates a document. Values are text (dates as {@link LocalDate}, lists of officers joined
     * with 、); {@code items} is a list of rows (a text or a list of cells) for the items table.
     * Refuses (422) listing every missing required field.
     */
    public byte[] generate(String type, Map<String, ?> data) {
        return generateVersioned(type, data).bytes();
    }

    /** {@link #generate} with the template in force, telling which version that was. */
    public Generated generateVersioned(String type, Map<String, ?> data) {
        TemplateSpec spec = spec(type);
        Map<String, Object> model = model(spec, data);
        DocumentTemplates.Template t = templates == null
                ? new DocumentTemplates.Template(spec.type(), DocumentTemplates.BUILT_IN, DocumentTemplates.builtIn(spec))
                : templates.current(spec.type());
        model.put("templateVersion", versionLabel(t.version()));
        return new Generated(render(spec, t.bytes(), model), t.version());
    }

    /** How a version is named on a document and a page. */
    public static String versionLabel(int version) {
        return "第" + version + "版";
    }

    /**
     * The preview of a document before a number is taken (issue 12 defect 4): the same checks and the same values
     * as {@link #generate}, laid out as the template's lines for an HTML page and its print view.
     */
    public DocumentPreview preview(String type, Map<String, ?> data) {
        TemplateSpec spec = spec(type);
        Map<String, Object> model = model(spec, data);
        List<DocumentPreview.Line> lines = new ArrayList<>();
        for (TemplateSpec.Field f : spec.fields()) {
            if (!f.inline()) {
                lines.add(new DocumentPreview.Line(f.label(), (String) model.get(f.key())));
            }
        }
        List<String> clauses = spec.fixedText().stream().map(x -> fillInline(x, model)).toList();
        List<List<String>> items = new ArrayList<>();
        if (spec.hasItems()) {
            for (String[] row : rows(spec, (data == null ? Map.<String, Object>of() : data).get("items"))) {
                items.add(List.of(row));
            }
        }
        return new DocumentPreview(spec.title(), (String) model.get("agencyName"), (String) model.get("docNumber"),
                (String) model.get("date"), lines, spec.itemHeaders(), items, clauses);
    }

    private static String fillInline(String text, Map<String, Object> model) {
        String s = text;
        for (Map.Entry<String, Object> e : model.entrySet()) {
            if (e.getValue() instanceof String v) {
                s = s.replace("{{" + e.getKey() + "}}", v);
            }
        }
        return s;
    }

    private static Map<String, Object> model(TemplateSpec spec, Map<String, ?> data) {
        Map<String, Object> model = new HashMap<>();
        List<String> missing = new ArrayList<>();
        Map<String, ?> in = data == null ? Map.of() : data;
        for (TemplateSpec.Field f : spec.allFields()) {
            String v = text(f.label(), in.get(f.key()));
            if (v.isBlank() && f.required()) {
                missing.add(f.label());
            }
            model.put(f.key(), v);
        }
        if (!missing.isEmpty()) {
            throw new BusinessException("DOC-MISSING-FIELDS", spec.title() + "缺少必填内容：" + String.join("、", missing));
        }
        if (spec.hasItems()) {
            model.put("items", table(spec, in.get("items")));
        }
        return model;
    }

    /** A blank form of the type: every field a line to write on, the items table with empty rows. */
    public byte[] blank(String type) {
        TemplateSpec spec = spec(type);
        Map<String, Object> model = new HashMap<>();
        for (TemplateSpec.Field f : spec.allFields()) {
            model.put(f.key(), BLANK);
        }
        if (spec.hasItems()) {
            model.put("items", table(spec, List.of("", "", "")));
        }
        model.put("templateVersion", "");
        return render(spec, DocumentTemplates.builtIn(spec), model);
    }

    /** The official title of a type with a template. */
    public String title(String type) {
        return spec(type).title();
    }

    private static TemplateSpec spec(String type) {
        TemplateSpec spec = type == null ? null : TemplateSpec.ALL.get(type.strip());
        if (spec == null) {
            throw BusinessException.badInput("DOC-TYPE-UNKNOWN", "该文书种类没有模板：" + (type == null ? "（未指定）" : type));
        }
        return spec;
    }

    private static String text(String label, Object v) {
        String s;
        if (v == null) {
            s = "";
        } else if (v instanceof LocalDate d) {
            s = Fmt.chineseDate(d);
        } else if (v instanceof Collection<?> c) {
            s = String.join("、", c.stream().map(String::valueOf).toList());
        } else {
            s = String.valueOf(v);
        }
        if (s.length() > MAX_FIELD) {
            throw BusinessException.badInput("DOC-FIELD-TOO-LONG", label + "不能超过 " + MAX_FIELD + " 个字");
        }
        return s.strip();
    }

    private static Object table(TemplateSpec spec, Object items) {
        List<RowRenderData> rows = new ArrayList<>();
        rows.add(Rows.of(spec.itemHeaders().toArray(String[]::new)).textBold().center().create());
        for (String[] cells : rows(spec, items)) {
            rows.add(Rows.of(cells).create());
        }
        return Tables.of(rows.toArray(RowRenderData[]::new)).create();
    }

    /** The items as table rows: a list of cells, or a text put in the last column and numbered. */
    private static List<String[]> rows(TemplateSpec spec, Object items) {
        List<String[]> rows = new ArrayList<>();
        if (items instanceof Collection<?> c) {
            if (c.size() > MAX_ITEMS) {
                throw BusinessException.badInput("DOC-ITEMS-TOO-MANY", "明细不能超过 " + MAX_ITEMS + " 条");
            }
            int i = 1;
            for (Object item : c) {
                String[] cells = new String[spec.itemHeaders().size()];
                java.util.Arrays.fill(cells, "");
                if (item instanceof Collection<?> parts && !parts.isEmpty()) {
                    int k = 0;
                    for (Object p : parts) {
                        if (k < cells.length) {
                            cells[k++] = text("明细", p);
                        }
                    }
                } else {
                    String t = text("明细", item);
                    cells[0] = t.isEmpty() ? "" : Integer.toString(i);
                    cells[cells.length - 1] = t;
                }
                rows.add(cells);
                i++;
            }
        } else if (items != null) {
            throw BusinessException.badInput("DOC-ITEMS", "明细应为列表");
        }
        return rows;
    }

    private static byte[] render(TemplateSpec spec, byte[] templateBytes, Map<String, Object> model) {
        try (InputStream in = new java.io.ByteArrayInputStream(templateBytes);
             XWPFTemplate template = XWPFTemplate.compile(in).render(model);
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            template.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("template " + spec.file(), e);
        }
    }
}
