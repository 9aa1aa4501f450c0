package cn.anjian.kernel;

import java.util.function.Supplier;

import org.springframework.validation.Errors;

/**
 * Where a page handler's refusal goes, declared before the domain call so that page controllers never
 * catch {@link BusinessException}. Declare it as a handler parameter and say what to show; the web
 * module's page advice does it when the handler throws:
 * <ul>
 *   <li>{@link #render} re-renders a page with this request's model — the bound form keeps the user's
 *       input and its field errors — plus the message under {@value #MESSAGE}; the status follows the
 *       refusal's kind (400/404/409/422), as on the API;</li>
 *   <li>{@link #redirect} flashes the message (layout shows {@value #FLASH}) and redirects (302), for
 *       buttons that have no input to keep.</li>
 * </ul>
 * NOT_FOUND and FORBIDDEN refusals always answer the generic 404/403 page: the subject is gone or
 * outside the user's scope (ORG-03), so there is no form to go back to.
 * A handler without it (or one that never said where) shows the generic refusal page. When the page
 * itself cannot be built (its subject is gone), that refusal wins and the generic page shows it.
 */
public interface PageRefusal {

    /** Model attribute of a re-rendered page's message (templates: the {@code refusal} fragment). */
    String MESSAGE = "refusal";

    /** Flash attribute of a redirected refusal, shown by the layout. */
    String FLASH = "flashError";

    /** On refusal re-render: {@code page} adds what the page needs to the model and returns the view. */
    default PageRefusal render(Supplier<String> page) {
        return render(MESSAGE, page);
    }

    /** As {@link #render(Supplier)}, the message under a page-specific attribute (pages with several forms). */
    PageRefusal render(String messageAttribute, Supplier<String> page);

    /**
     * As {@link #render(String, Supplier)} for an htmx fragment: answered 200, because htmx swaps only
     * successful responses and the message belongs inside the swapped fragment.
     */
    PageRefusal renderFragment(String messageAttribute, Supplier<String> fragment);

    /** On refusal flash the message and redirect to {@code url} (context-relative, e.g. {@code /plans/7}). */
    default PageRefusal redirect(String url) {
        return redirect(FLASH, url);
    }

    /** As {@link #redirect(String)}, the message under a page-specific flash attribute. */
    PageRefusal redirect(String flashAttribute, String url);

    /**
     * A refusal with this stable code belongs to one field of the bound form: it is shown inline next to
     * that field (like a field error) instead of above the form. Declare after {@link #render}.
     */
    PageRefusal field(String code, String field);

    /**
     * Refuses with BAD_INPUT (so the page is re-rendered with status 400 like any refusal) when the
     * bound {@code @Valid} form has field errors; every error then shows inline next to its field.
     */
    default void check(Errors errors) {
        if (errors.hasErrors()) {
            throw BusinessException.badInput("VALIDATION", "请更正标出的 " + errors.getErrorCount() + " 处填写内容");
        }
    }
}
