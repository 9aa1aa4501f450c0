package cn.anjian.kernel;

import java.util.List;

/** The whole import was refused (all-or-nothing): nothing was stored; {@link #errors()} says where and why. */
public class ImportRejectedException extends BusinessException {

    private final List<ImportError> errors;
    private final int totalErrors;

    public ImportRejectedException(List<ImportError> errors, int totalErrors) {
        super(Kind.RULE, "IMPORT-REJECTED", "导入文件有 " + totalErrors + " 处错误，未导入任何数据。请按错误清单修改后重新导入");
        this.errors = List.copyOf(errors);
        this.totalErrors = totalErrors;
    }

    /** The first {@link SheetImport#MAX_REPORTED} errors. */
    public List<ImportError> errors() {
        return errors;
    }

    public int totalErrors() {
        return totalErrors;
    }
}
