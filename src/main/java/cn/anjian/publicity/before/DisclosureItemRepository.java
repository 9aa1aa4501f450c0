package cn.anjian.publicity.before;

import org.springframework.data.repository.CrudRepository;

interface DisclosureItemRepository extends CrudRepository<DisclosureItem, Long> {
}
