package cn.anjian.mines.assessment;

import org.springframework.data.repository.CrudRepository;

interface DecisionRepository extends CrudRepository<Decision, Long> {
}
