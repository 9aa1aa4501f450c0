package cn.anjian.personnel.inspectors;

/** TI-08: the form of the contract. */
enum ContractKind {
    LABOUR, SERVICE, OTHER
}
