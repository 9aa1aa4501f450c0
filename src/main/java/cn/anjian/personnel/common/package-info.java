/**
 * Small rules shared by the inspectors and supervisors sub-packages (same module; not an API of it).
 */
package cn.anjian.personnel.common;
