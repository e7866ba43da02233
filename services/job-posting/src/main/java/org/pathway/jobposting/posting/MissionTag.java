package org.pathway.jobposting.posting;

/** The missions candidates filter by (DOMAIN.md): safety-net hospitals, the VA, rural and underserved communities. */
public enum MissionTag {
    SAFETY_NET, VA, RURAL, UNDERSERVED
}
