#pragma once

#include "CodecError.h"

#include <utility>

namespace wristdoc {

// A decoded value or an encoded payload, or the reason there is none. Callers check ok() before
// value(); a failed result holds a default-constructed value, never garbage.
template <typename T> class CodecResult {
public:
    CodecResult(T value)
        : m_value(std::move(value)) {} // NOLINT: implicit on purpose

    static CodecResult failure(CodecError::Code code, QString message) {
        CodecResult result{T{}};
        result.m_error.code = code;
        result.m_error.message = std::move(message);
        return result;
    }
    static CodecResult failure(const CodecError &error) {
        return failure(error.code, error.message);
    }

    bool ok() const { return !m_error.isError(); }
    explicit operator bool() const { return ok(); }

    const T &value() const { return m_value; }
    const CodecError &error() const { return m_error; }

private:
    T m_value;
    CodecError m_error;
};

} // namespace wristdoc
