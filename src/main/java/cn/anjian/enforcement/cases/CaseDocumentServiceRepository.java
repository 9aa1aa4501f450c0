package cn.anjian.enforcement.cases;

import org.springframework.data.repository.CrudRepository;

/** The one repository of {@link CaseDocumentService}. */
interface CaseDocumentServiceRepository extends CrudRepository<CaseDocumentService, Long> {
}
