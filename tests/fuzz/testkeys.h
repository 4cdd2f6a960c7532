#pragma once

// Throwaway keys of the test dataset that wrote corpus/fuzz_sync_package (make_sync_seeds.sh
// prints them from the database it makes). They protect nothing: they only let the fuzzer
// sign and decrypt its mutated packages the way a real peer would.
namespace capacita::fuzz {

inline constexpr char kDatasetKeyBase64[] = "YNOJ6kvyb2H1rDz9CaEVz3Qnz6NCHbaGqM9R6ZhV90U=";
inline constexpr char kDeviceSecretKeyBase64[] =
    "/xxXk8QTgJcZ6WiZfIew2Lm4qJNcKm8WK5D0zV1Qayq/Uwaut3IplsO9lZGnVtbGZIeYiURnaoFaJrSzTa4YVA==";

} // namespace capacita::fuzz
