package cn.anjian.enterprises;

import org.springframework.data.repository.CrudRepository;

/** The one repository of {@link BlacklistListing}; lists and scope checks stay in {@link Blacklist}'s queries. */
interface BlacklistListings extends CrudRepository<BlacklistListing, Long> {
}
