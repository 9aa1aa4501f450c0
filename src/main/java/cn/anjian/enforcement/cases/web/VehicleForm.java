package cn.anjian.enforcement.cases.web;

import jakarta.validation.constraints.Size;

/** STAT-06: the plates of the enforcement vehicles used on an inspection (separated by commas, 、 or spaces). */
record VehicleForm(@Size(max = 300) String plates) {
}
