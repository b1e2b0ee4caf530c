package org.cptsite.model;

/** Which coding system a code belongs to, and so which URL folder its page lives under. */
public enum CodeSystem {
    CPT("CPT", "cpt"),
    HCPCS("HCPCS Level II", "hcpcs");

    private final String label;
    private final String folder;

    CodeSystem(String label, String folder) {
        this.label = label;
        this.folder = folder;
    }

    public String label() {
        return label;
    }

    public String folder() {
        return folder;
    }

    /** CPT codes start with a digit (Category I, II, III and PLA); HCPCS Level II codes with a letter. */
    public static CodeSystem of(String code) {
        return !code.isEmpty() && Character.isLetter(code.charAt(0)) ? HCPCS : CPT;
    }
}
