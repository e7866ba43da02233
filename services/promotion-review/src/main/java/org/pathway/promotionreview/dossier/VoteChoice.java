package org.pathway.promotionreview.dossier;

enum VoteChoice {
    FOR, AGAINST, ABSTAIN
}
