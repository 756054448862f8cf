package org.shopfront.shared;

import java.io.Serial;
import java.util.Map;

import org.springframework.ui.Model;
import org.springframework.validation.AbstractBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * A record form Spring could not build, because a value had the wrong type (letters for
 * an amount, say): the form is shown again with what was typed in every field and each
 * error beside its own field, instead of a server error or a form emptied of what the
 * person wrote.
 */
public final class UnboundForm {

	private UnboundForm() {
	}

	/**
	 * Whether Spring could not build the form from the request.
	 * @param form the form argument as Spring passed it
	 * @param errors its binding result
	 * @return true when the form must be shown again as typed
	 */
	public static boolean couldNotBind(Object form, BindingResult errors) {
		return form == null || errors.getTarget() == null;
	}

	/**
	 * Puts the form back into the model as the person typed it.
	 * @param name the form's model name
	 * @param empty an empty form of the same type, for the page's other uses of it
	 * @param errors the errors Spring recorded while it tried to build the form
	 * @param typed the request's parameters
	 * @param model the page's model
	 */
	public static void showAsTyped(String name, Object empty, BindingResult errors, Map<String, String[]> typed,
			Model model) {
		AsTyped result = new AsTyped(name, empty, typed);
		for (FieldError error : errors.getFieldErrors()) {
			result.addError(new FieldError(name, error.getField(), error.getRejectedValue(), true, error.getCodes(),
					error.getArguments(), error.getDefaultMessage()));
		}
		model.addAttribute(name, empty);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + name, result);
	}

	/** A binding result whose field values are the request's text as typed. */
	private static final class AsTyped extends AbstractBindingResult {

		@Serial
		private static final long serialVersionUID = 1L;

		private final transient Object target;

		private final Map<String, String[]> typed;

		AsTyped(String name, Object target, Map<String, String[]> typed) {
			super(name);
			this.target = target;
			this.typed = Map.copyOf(typed);
		}

		@Override
		public Object getTarget() {
			return this.target;
		}

		@Override
		protected Object getActualFieldValue(String field) {
			String[] values = this.typed.get(field);
			return (values == null || values.length == 0) ? null : values[0];
		}

	}

}
