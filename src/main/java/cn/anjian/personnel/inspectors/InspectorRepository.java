package cn.anjian.personnel.inspectors;

import org.springframework.data.repository.CrudRepository;

interface InspectorRepository extends CrudRepository<Inspector, Long> {
}
