#ifndef POLICYADVISOR_CYAML_SHIM_H
#define POLICYADVISOR_CYAML_SHIM_H
#include <yaml.h>
#endif
