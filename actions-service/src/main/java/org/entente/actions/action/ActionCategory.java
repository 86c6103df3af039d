package org.entente.actions.action;

public enum ActionCategory {
    TRAINING, STUDY_VISIT, SEMINAR, EXCHANGE_OF_EXPERTS, PROGRAMME_ADMISSION, RESEARCH, EVENT, OTHER
}
