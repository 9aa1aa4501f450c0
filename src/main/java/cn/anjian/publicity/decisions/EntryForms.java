package cn.anjian.publicity.decisions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The entry page's forms (each bound under its own name, every field error inline). */
final class EntryForms {

    private EntryForms() {
    }

    /** PUB-05. */
    record ExemptForm(@NotBlank(message = "请写明免予公开的法律依据") @Size(max = 1000) String ground) {
    }

    /** PUB-08. */
    record ReviseForm(@NotBlank(message = "请选择决定的变化情形") String kind,
                      @NotBlank(message = "请写明更正说明") @Size(max = 2000) String note) {
    }

    /** PUB-07. */
    record WithdrawForm(@NotBlank(message = "请写明撤下理由") @Size(max = 500) String reason) {
    }

    /** PUB-11 / PUB-07: the current step's decision (approve or reject) with an opinion. */
    record DecideForm(@NotBlank(message = "请选择审核结果") String decision, @Size(max = 2000) String opinion) {
    }
}
