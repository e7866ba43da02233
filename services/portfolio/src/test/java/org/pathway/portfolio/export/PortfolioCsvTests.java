package org.pathway.portfolio.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/** The long CSV table: paths for nested values, RFC 4180 quoting, and no formula a spreadsheet would run. */
class PortfolioCsvTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void shouldWriteOneRowPerValueNamedByItsPathAndQuoteWhatNeedsIt() {
        String csv = PortfolioCsv.of(JSON.readTree("""
                {"profile": {"userId": "u1", "revision": 3, "name": "Whitfield, Dana",
                             "energyAudit": {"drains": ["Say \\"no\\" more", "Notes\\nat night"]}, "email": null},
                 "activities": [{"activity": {"id": "a1", "revision": 2, "teaching": {"hours": 24.5}},
                                 "revisions": [{"revision": 1, "title": "Old"}]}],
                 "pivotPlan": null}"""));

        assertThat(csv).isEqualTo(PortfolioCsv.HEADER + "\r\n"
                + "profile,u1,3,userId,u1\r\n"
                + "profile,u1,3,revision,3\r\n"
                + "profile,u1,3,name,\"Whitfield, Dana\"\r\n"
                + "profile,u1,3,energyAudit.drains[0],\"Say \"\"no\"\" more\"\r\n"
                + "profile,u1,3,energyAudit.drains[1],\"Notes\nat night\"\r\n"
                + "activity,a1,2,id,a1\r\n"
                + "activity,a1,2,revision,2\r\n"
                + "activity,a1,2,teaching.hours,24.5\r\n"
                + "activity-revision,a1,1,revision,1\r\n"
                + "activity-revision,a1,1,title,Old\r\n");
    }

    @Test
    void shouldDefuseTextThatASpreadsheetWouldRunAsAFormulaButLeaveNegativeNumbersAlone() {
        String csv = PortfolioCsv.of(JSON.readTree("""
                {"profile": {"userId": "u1", "revision": 1, "goals": ["=HYPERLINK(\\"http://x\\")", "@SUM(A1)", "-0.5"]},
                 "activities": []}"""));

        assertThat(csv).contains("goals[0],\"'=HYPERLINK(\"\"http://x\"\")\"\r\n").contains("goals[1],'@SUM(A1)\r\n")
                .contains("goals[2],-0.5\r\n");
    }
}
