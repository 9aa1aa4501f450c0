package cn.anjian.recording.internal;

import java.util.List;

import org.springframework.data.repository.CrudRepository;

/** The one repository of {@link Dossier}. */
interface DossierRepository extends CrudRepository<Dossier, Long> {

    List<Dossier> findByArchiveDeadlineId(long deadlineId);
}
