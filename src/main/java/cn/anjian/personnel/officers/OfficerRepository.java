package cn.anjian.personnel.officers;

import org.springframework.data.repository.CrudRepository;

interface OfficerRepository extends CrudRepository<Officer, Long> {
}
