package cn.anjian.mines.work;

import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

interface CheckRepository extends CrudRepository<Check, UUID> {
}
