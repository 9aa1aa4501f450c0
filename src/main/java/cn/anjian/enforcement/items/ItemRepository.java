package cn.anjian.enforcement.items;

import org.springframework.data.repository.CrudRepository;

interface ItemRepository extends CrudRepository<EnforcementItem, Long> {
}
