package cn.anjian.enforcement.items;

import org.springframework.data.repository.CrudRepository;

interface CaseItemRepository extends CrudRepository<CaseItemChoice, Long> {
}
