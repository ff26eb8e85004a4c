package vn.parindex.campaign;

/** A recorded nomination with the accounts' one-time passwords, shown once. */
public record IssuedNomination(FocalPair pair, String leaderPassword, String officerPassword) {}
