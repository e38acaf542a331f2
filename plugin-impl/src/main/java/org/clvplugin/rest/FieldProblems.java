package org.clvplugin.rest;

import java.util.List;

import org.clvplugin.api.FieldError;

/** A submission refused field by field: 400 with one entry per field, nothing saved. */
final class FieldProblems {

    private FieldProblems() {
    }

    static ApiException of(String kind, String title, List<FieldError> errors) {
        return new ApiException(Problem.of(kind, title, 400, errors.size() == 1 ? errors.get(0).field() + ": "
                + errors.get(0).message() : errors.size() + " fields were refused; nothing was saved")
                .withErrors(errors.stream().map(Problem.FieldProblem::of).toList()));
    }
}
