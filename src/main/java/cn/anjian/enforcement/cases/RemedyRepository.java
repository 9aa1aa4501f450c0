package cn.anjian.enforcement.cases;

import java.util.List;

import org.springframework.data.repository.CrudRepository;

interface RemedyRepository extends CrudRepository<Remedy, Long> {
    List<Remedy> findByCaseIdOrderById(long caseId);
}
